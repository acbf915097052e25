// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$defs":{"ParticipantIdentity":{"description":"SaaS-minted, mission-scoped participant identity.","properties":{"display_name":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable name for display","title":"Display Name"},"participant_id":{"description":"SaaS-minted, mission-scoped unique identifier","minLength":1,"title":"Participant Id","type":"string"},"participant_type":{"description":"Participant category","enum":["human","llm_context"],"title":"Participant Type","type":"string"},"session_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"SaaS-issued session identifier","title":"Session Id"}},"required":["participant_id","participant_type"],"title":"ParticipantIdentity","type":"object"}},"$id":"spec-kitty-events/participant_joined_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for ParticipantJoined events.","properties":{"auth_principal_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Auth principal bound at join time (present in live traffic)","title":"Auth Principal Id"},"mission_id":{"description":"Target mission","minLength":1,"title":"Mission Id","type":"string"},"participant_id":{"description":"Joining participant","minLength":1,"title":"Participant Id","type":"string"},"participant_identity":{"$ref":"#/$defs/ParticipantIdentity","description":"Full structured identity"}},"required":["participant_id","participant_identity","mission_id"],"title":"ParticipantJoinedPayload","type":"object"};
const schema32 = {"description":"SaaS-minted, mission-scoped participant identity.","properties":{"display_name":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable name for display","title":"Display Name"},"participant_id":{"description":"SaaS-minted, mission-scoped unique identifier","minLength":1,"title":"Participant Id","type":"string"},"participant_type":{"description":"Participant category","enum":["human","llm_context"],"title":"Participant Type","type":"string"},"session_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"SaaS-issued session identifier","title":"Session Id"}},"required":["participant_id","participant_type"],"title":"ParticipantIdentity","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func69 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/participant_joined_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.participant_id === undefined) || (!(func0.call(data, "participant_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_id"},message:"must have required property '"+"participant_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.participant_identity === undefined) || (!(func0.call(data, "participant_identity")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_identity"},message:"must have required property '"+"participant_identity"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.auth_principal_id !== undefined && func0.call(data, "auth_principal_id")){
let data0 = data.auth_principal_id;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/auth_principal_id",schemaPath:"#/properties/auth_principal_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.auth_principal_id.anyOf[0].type,parentSchema:schema31.properties.auth_principal_id.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 !== null){
const err4 = {instancePath:instancePath+"/auth_principal_id",schemaPath:"#/properties/auth_principal_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.auth_principal_id.anyOf[1].type,parentSchema:schema31.properties.auth_principal_id.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err5 = {instancePath:instancePath+"/auth_principal_id",schemaPath:"#/properties/auth_principal_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.auth_principal_id.anyOf,parentSchema:schema31.properties.auth_principal_id,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data1 = data.mission_id;
if(typeof data1 === "string"){
if(func69(data1) < 1){
const err6 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.participant_id !== undefined && func0.call(data, "participant_id")){
let data2 = data.participant_id;
if(typeof data2 === "string"){
if(func69(data2) < 1){
const err8 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participant_id,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_id.type,parentSchema:schema31.properties.participant_id,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.participant_identity !== undefined && func0.call(data, "participant_identity")){
let data3 = data.participant_identity;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if((data3.participant_id === undefined) || (!(func0.call(data3, "participant_id")))){
const err10 = {instancePath:instancePath+"/participant_identity",schemaPath:"#/$defs/ParticipantIdentity/required",keyword:"required",params:{missingProperty: "participant_id"},message:"must have required property '"+"participant_id"+"'",schema:schema32.required,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((data3.participant_type === undefined) || (!(func0.call(data3, "participant_type")))){
const err11 = {instancePath:instancePath+"/participant_identity",schemaPath:"#/$defs/ParticipantIdentity/required",keyword:"required",params:{missingProperty: "participant_type"},message:"must have required property '"+"participant_type"+"'",schema:schema32.required,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.display_name !== undefined && func0.call(data3, "display_name")){
let data4 = data3.display_name;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/participant_identity/display_name",schemaPath:"#/$defs/ParticipantIdentity/properties/display_name/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.display_name.anyOf[0].type,parentSchema:schema32.properties.display_name.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid4 = valid4 || _valid1;
const _errs19 = errors;
if(data4 !== null){
const err13 = {instancePath:instancePath+"/participant_identity/display_name",schemaPath:"#/$defs/ParticipantIdentity/properties/display_name/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.display_name.anyOf[1].type,parentSchema:schema32.properties.display_name.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err14 = {instancePath:instancePath+"/participant_identity/display_name",schemaPath:"#/$defs/ParticipantIdentity/properties/display_name/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.display_name.anyOf,parentSchema:schema32.properties.display_name,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data3.participant_id !== undefined && func0.call(data3, "participant_id")){
let data5 = data3.participant_id;
if(typeof data5 === "string"){
if(func69(data5) < 1){
const err15 = {instancePath:instancePath+"/participant_identity/participant_id",schemaPath:"#/$defs/ParticipantIdentity/properties/participant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.properties.participant_id,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/participant_identity/participant_id",schemaPath:"#/$defs/ParticipantIdentity/properties/participant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.participant_id.type,parentSchema:schema32.properties.participant_id,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.participant_type !== undefined && func0.call(data3, "participant_type")){
let data6 = data3.participant_type;
if(typeof data6 !== "string"){
const err17 = {instancePath:instancePath+"/participant_identity/participant_type",schemaPath:"#/$defs/ParticipantIdentity/properties/participant_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.participant_type.type,parentSchema:schema32.properties.participant_type,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!((data6 === "human") || (data6 === "llm_context"))){
const err18 = {instancePath:instancePath+"/participant_identity/participant_type",schemaPath:"#/$defs/ParticipantIdentity/properties/participant_type/enum",keyword:"enum",params:{allowedValues: schema32.properties.participant_type.enum},message:"must be equal to one of the allowed values",schema:schema32.properties.participant_type.enum,parentSchema:schema32.properties.participant_type,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.session_id !== undefined && func0.call(data3, "session_id")){
let data7 = data3.session_id;
const _errs26 = errors;
let valid5 = false;
const _errs27 = errors;
if(typeof data7 !== "string"){
const err19 = {instancePath:instancePath+"/participant_identity/session_id",schemaPath:"#/$defs/ParticipantIdentity/properties/session_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.session_id.anyOf[0].type,parentSchema:schema32.properties.session_id.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs27 === errors;
valid5 = valid5 || _valid2;
const _errs29 = errors;
if(data7 !== null){
const err20 = {instancePath:instancePath+"/participant_identity/session_id",schemaPath:"#/$defs/ParticipantIdentity/properties/session_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema32.properties.session_id.anyOf[1].type,parentSchema:schema32.properties.session_id.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid2 = _errs29 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const err21 = {instancePath:instancePath+"/participant_identity/session_id",schemaPath:"#/$defs/ParticipantIdentity/properties/session_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema32.properties.session_id.anyOf,parentSchema:schema32.properties.session_id,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/participant_identity",schemaPath:"#/$defs/ParticipantIdentity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"auth_principal_id":true,"mission_id":true,"participant_id":true,"participant_identity":true},"dynamicProps":false,"dynamicItems":false};

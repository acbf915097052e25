// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/participant_identity","$schema":"https://json-schema.org/draft/2020-12/schema","description":"SaaS-minted, mission-scoped participant identity.","properties":{"display_name":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"Human-readable name for display","title":"Display Name"},"participant_id":{"description":"SaaS-minted, mission-scoped unique identifier","minLength":1,"title":"Participant Id","type":"string"},"participant_type":{"description":"Participant category","enum":["human","llm_context"],"title":"Participant Type","type":"string"},"session_id":{"anyOf":[{"type":"string"},{"type":"null"}],"default":null,"description":"SaaS-issued session identifier","title":"Session Id"}},"required":["participant_id","participant_type"],"title":"ParticipantIdentity","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func68 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/participant_identity" */;
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
if((data.participant_type === undefined) || (!(func0.call(data, "participant_type")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_type"},message:"must have required property '"+"participant_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.display_name !== undefined && func0.call(data, "display_name")){
let data0 = data.display_name;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.display_name.anyOf[0].type,parentSchema:schema31.properties.display_name.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
const _errs6 = errors;
if(data0 !== null){
const err3 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.display_name.anyOf[1].type,parentSchema:schema31.properties.display_name.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err4 = {instancePath:instancePath+"/display_name",schemaPath:"#/properties/display_name/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.display_name.anyOf,parentSchema:schema31.properties.display_name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
if(data.participant_id !== undefined && func0.call(data, "participant_id")){
let data1 = data.participant_id;
if(typeof data1 === "string"){
if(func68(data1) < 1){
const err5 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.participant_id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/participant_id",schemaPath:"#/properties/participant_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_id.type,parentSchema:schema31.properties.participant_id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.participant_type !== undefined && func0.call(data, "participant_type")){
let data2 = data.participant_type;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/participant_type",schemaPath:"#/properties/participant_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.participant_type.type,parentSchema:schema31.properties.participant_type,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data2 === "human") || (data2 === "llm_context"))){
const err8 = {instancePath:instancePath+"/participant_type",schemaPath:"#/properties/participant_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.participant_type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.participant_type.enum,parentSchema:schema31.properties.participant_type,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.session_id !== undefined && func0.call(data, "session_id")){
let data3 = data.session_id;
const _errs13 = errors;
let valid2 = false;
const _errs14 = errors;
if(typeof data3 !== "string"){
const err9 = {instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.session_id.anyOf[0].type,parentSchema:schema31.properties.session_id.anyOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid2 = valid2 || _valid1;
const _errs16 = errors;
if(data3 !== null){
const err10 = {instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.session_id.anyOf[1].type,parentSchema:schema31.properties.session_id.anyOf[1],data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const err11 = {instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.session_id.anyOf,parentSchema:schema31.properties.session_id,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"display_name":true,"participant_id":true,"participant_type":true,"session_id":true},"dynamicProps":false,"dynamicItems":false};

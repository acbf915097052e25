// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/mission_cancelled_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Typed payload for MissionCancelled events.","properties":{"actor":{"description":"Actor who cancelled the mission","minLength":1,"title":"Actor","type":"string"},"cancelled_wp_ids":{"description":"WP IDs affected by cancellation","items":{"type":"string"},"title":"Cancelled Wp Ids","type":"array"},"mission_id":{"description":"Mission identifier","minLength":1,"title":"Mission Id","type":"string"},"reason":{"description":"Reason for cancellation (required)","minLength":1,"title":"Reason","type":"string"}},"required":["mission_id","reason","actor"],"title":"MissionCancelledPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func68 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/mission_cancelled_payload" */;
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
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.reason === undefined) || (!(func0.call(data, "reason")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.actor === undefined) || (!(func0.call(data, "actor")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actor"},message:"must have required property '"+"actor"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.actor !== undefined && func0.call(data, "actor")){
let data0 = data.actor;
if(typeof data0 === "string"){
if(func68(data0) < 1){
const err3 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/actor",schemaPath:"#/properties/actor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.actor.type,parentSchema:schema31.properties.actor,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.cancelled_wp_ids !== undefined && func0.call(data, "cancelled_wp_ids")){
let data1 = data.cancelled_wp_ids;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/cancelled_wp_ids/" + i0,schemaPath:"#/properties/cancelled_wp_ids/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.cancelled_wp_ids.items.type,parentSchema:schema31.properties.cancelled_wp_ids.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/cancelled_wp_ids",schemaPath:"#/properties/cancelled_wp_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.cancelled_wp_ids.type,parentSchema:schema31.properties.cancelled_wp_ids,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data3 = data.mission_id;
if(typeof data3 === "string"){
if(func68(data3) < 1){
const err7 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.reason !== undefined && func0.call(data, "reason")){
let data4 = data.reason;
if(typeof data4 === "string"){
if(func68(data4) < 1){
const err9 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.reason.type,parentSchema:schema31.properties.reason,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"actor":true,"cancelled_wp_ids":true,"mission_id":true,"reason":true},"dynamicProps":false,"dynamicItems":false};
